/**
 * Builds the annual report as a PDF per language, from the same Markdown, figures and charts as
 * the web pages: renders the theme's print template ({@code layouts/print/report.ftlh}) with its
 * stylesheet, turns the result into one self-contained XHTML document (internal links between
 * chapters, absolute links to the rest of the site), and lays it out with openhtmltopdf as a
 * tagged PDF/UA-1 document with the theme's embedded fonts. Output bytes depend only on the
 * content (no clock, no random id), so an unchanged report is copied from the previous build
 * instead of being rendered again. Writes nothing itself: callers hand the bytes to an output sink.
 */
package org.powerofwe.pdf;
