/**
 * Describes problems found in the user's input as values: where (file, line, column), how bad,
 * what is wrong and what to do about it. Every stage reports through {@link org.powerofwe.diag.Problems};
 * only the command line prints them. This package depends on nothing else in the generator.
 */
package org.powerofwe.diag;
