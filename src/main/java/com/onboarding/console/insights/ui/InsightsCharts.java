package com.onboarding.console.insights.ui;

import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.WeeklyCount;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** The insights' charts, drawn by JFreeChart on the server as SVG from figures the tables also show. */
final class InsightsCharts {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 300;

    private InsightsCharts() {
    }

    static byte[] funnel(List<FunnelStage> stages) {
        var data = new DefaultCategoryDataset();
        for (var stage : stages) {
            data.addValue(stage.current(), "Now", stage.label());
            data.addValue(stage.entered(), "Reached in the period", stage.label());
        }
        return svg(ChartFactory.createBarChart("Customers per stage", null, "Customers", data,
                PlotOrientation.HORIZONTAL, true, false, false));
    }

    static byte[] timePerPhase(List<PhaseTime> phases) {
        var data = new DefaultCategoryDataset();
        for (var phase : phases) {
            data.addValue(phase.spread().medianDays(), "Median", phase.label());
            data.addValue(phase.spread().p90Days(), "90th percentile", phase.label());
        }
        return svg(ChartFactory.createBarChart("Days per phase", null, "Days", data, PlotOrientation.VERTICAL,
                true, false, false));
    }

    static byte[] weeklyCompletions(List<WeeklyCount> weeks) {
        var data = new DefaultCategoryDataset();
        for (var week : weeks) {
            data.addValue(week.completed(), "Completed", week.weekStart().toString());
        }
        var chart = ChartFactory.createLineChart("Completions per week", "Week from", "Customers", data,
                PlotOrientation.VERTICAL, false, false, false);
        return svg(chart);
    }

    /** The chart as an image of the page; its text describes it for those who cannot see it. */
    static Image image(byte[] svg, String fileName, String description) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("image/svg+xml");
            event.getOutputStream().write(svg);
        };
        var image = new Image(handler, description);
        image.addClassName("insights-chart");
        return image;
    }

    private static byte[] svg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
