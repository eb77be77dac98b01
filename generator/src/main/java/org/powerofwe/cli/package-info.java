/**
 * The {@code site} command line (picocli): parses arguments, runs a stage of the generator,
 * prints problems and summaries, and chooses the exit code. The only package that prints or exits.
 */
package org.powerofwe.cli;
