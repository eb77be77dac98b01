/**
 * Renders pages through the theme's FreeMarker templates: the engine (HTML auto-escaping, no
 * class instantiation, no {@code ?api}, errors at the template's line), the views templates see,
 * and the SVG charts of figures. Reads the theme's templates; returns strings, writes no files.
 */
package org.powerofwe.render;
