package org.powerofwe.render;

import java.util.List;

/** The figures of one report chapter, for the page that lists every figure. */
public record FigureGroupView(PageView chapter, List<MetricView> metrics) {
}
