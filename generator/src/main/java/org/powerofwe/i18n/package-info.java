/**
 * Speaks each language: the theme's UI strings per language (checked for missing keys), and
 * numbers, money and dates formatted for a locale. Reads the theme's {@code i18n/} folder;
 * writes nothing; never changes the JVM's default locale.
 */
package org.powerofwe.i18n;
