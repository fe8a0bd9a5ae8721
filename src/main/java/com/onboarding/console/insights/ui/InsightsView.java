package com.onboarding.console.insights.ui;

import static com.onboarding.console.insights.ui.FigureTable.days;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.ViewHeader;
import com.onboarding.console.insights.domain.FailingStep;
import com.onboarding.console.insights.domain.FunnelStage;
import com.onboarding.console.insights.domain.PhaseTime;
import com.onboarding.console.insights.domain.ReportPeriod;
import com.onboarding.console.insights.domain.StalledCustomer;
import com.onboarding.console.insights.domain.StepTime;
import com.onboarding.console.insights.domain.WeeklyCount;
import com.onboarding.console.insights.service.InsightsRequest;
import com.onboarding.console.insights.service.InsightsService;
import com.onboarding.console.insights.ui.FigureTable.Column;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** Onboarding across customers: the funnel, how long it takes, who is stalled and what fails. */
@Route("insights")
@PageTitle("Insights | AWS Onboarding Console")
@Menu(order = 1.5, icon = "vaadin:chart", title = "Insights")
@RolesAllowed({Role.Names.OPS, Role.Names.CSM, Role.Names.ADMIN})
public class InsightsView extends VerticalLayout {

    /** The periods people ask for; a custom one is whole days in UTC, like the console's other date filters. */
    enum Range {
        LAST_30("Last 30 days", 30), LAST_90("Last 90 days", 90), LAST_365("Last 365 days", 365),
        CUSTOM("Custom range", 0);

        final String label;
        final int days;

        Range(String label, int days) {
            this.label = label;
            this.days = days;
        }
    }

    private final InsightsService insights;
    private final Clock clock;
    private final Select<Range> range = new Select<>();
    private final DatePicker first = new DatePicker("First day");
    private final DatePicker last = new DatePicker("Last day");
    private final Checkbox own = new Checkbox("My customers only");
    private final Span onboarding = new Span();
    private final Div charts = new Div();
    private final FigureTable<FunnelStage> funnel = new FigureTable<>("Funnel", "insights-funnel", List.of(
            new Column<>("Stage", FunnelStage::label), new Column<>("Customers now", FunnelStage::current),
            new Column<>("Reached in the period", FunnelStage::entered)));
    private final FigureTable<PhaseTime> phases = new FigureTable<>("Time per phase", "insights-phases", List.of(
            new Column<>("Phase", PhaseTime::label), new Column<>("Finished", t -> t.spread().count()),
            new Column<>("Median days", t -> days(t.spread().median())),
            new Column<>("90th percentile days", t -> days(t.spread().p90()))));
    private final FigureTable<StepTime> steps = new FigureTable<>("Time per step, slowest first", "insights-steps",
            List.of(new Column<>("Step", t -> t.code().toString()), new Column<>("Name", StepTime::name),
                    new Column<>("Settled", t -> t.spread().count()),
                    new Column<>("Median days", t -> days(t.spread().median())),
                    new Column<>("90th percentile days", t -> days(t.spread().p90()))));
    private final FigureTable<StalledCustomer> stalled = new FigureTable<>("Stalled customers", "insights-stalled",
            List.of(new Column<>("Customer", StalledCustomer::name), new Column<>("Phase", StalledCustomer::phase),
                    new Column<>("Waiting on", s -> s.waitingOn().label()),
                    new Column<>("Last step change", s -> DisplayTime.format(s.lastChange())),
                    new Column<>("Days stalled", StalledCustomer::daysStalled)));
    private final FigureTable<FailingStep> failing = new FigureTable<>("Failing steps", "insights-failing", List.of(
            new Column<>("Step", f -> f.code().toString()), new Column<>("Name", FailingStep::name),
            new Column<>("Failures", FailingStep::failures),
            new Column<>("Most common AWS error", FailingStep::commonError),
            new Column<>("Times", FailingStep::commonErrorCount)));
    private final FigureTable<WeeklyCount> weekly = new FigureTable<>("Completions per week", "insights-weekly",
            List.of(new Column<>("Week from", w -> w.weekStart().toString()),
                    new Column<>("Completed", WeeklyCount::completed)));

    InsightsView(InsightsService insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
        range.setId("insights-range");
        range.setLabel("Period");
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r.label);
        range.setValue(Range.LAST_30);
        first.setId("insights-first");
        last.setId("insights-last");
        own.setId("insights-own");
        own.setVisible(insights.hasOwnCustomers());
        range.addValueChangeListener(e -> refresh());
        first.addValueChangeListener(e -> refresh());
        last.addValueChangeListener(e -> refresh());
        own.addValueChangeListener(e -> refresh());
        onboarding.setId("insights-onboarding");
        charts.setId("insights-charts");
        charts.addClassName("insights-charts");
        stalled.grid().addComponentColumn(this::remindersSwitch).setHeader("Reminders").setKey("reminders");
        stalled.grid().addComponentColumn(s -> new Anchor(CustomerRoutes.checklist(s.customerId()), "Checklist"))
                .setHeader("Open").setKey("open");
        var filters = new HorizontalLayout(range, first, last, own);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new ViewHeader("Insights"), filters, onboarding, charts, funnel, phases, steps, stalled, failing, weekly);
        refresh();
    }

    /** The e-mail reminders to a customer in phase 1, switched where the CSM sees who is stalled. */
    private Component remindersSwitch(StalledCustomer customer) {
        if (!customer.remindable()) {
            return new Span();
        }
        var on = new Checkbox("E-mail", !customer.remindersOff());
        on.setTooltipText("Remind " + customer.name() + " by e-mail of their open steps");
        on.addValueChangeListener(e -> {
            insights.setReminders(customer.customerId(), e.getValue());
            Notification.show("Reminders to " + customer.name() + " switched " + (e.getValue() ? "on" : "off"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        return on;
    }

    private void refresh() {
        boolean custom = range.getValue() == Range.CUSTOM;
        first.setVisible(custom);
        last.setVisible(custom);
        InsightsRequest request;
        try {
            var period = custom ? ReportPeriod.days(first.getValue(), last.getValue(), ZoneOffset.UTC)
                    : ReportPeriod.lastDays(range.getValue().days, clock);
            request = new InsightsRequest(period, own.getValue());
            last.setInvalid(false);
        } catch (InvalidInputException e) {
            last.setErrorMessage(e.getMessage());
            last.setInvalid(true);
            return;
        }
        show(request);
    }

    private void show(InsightsRequest request) {
        var figures = insights.figures(request);
        var time = figures.timeToOnboard();
        onboarding.setText(time.count() == 0 ? "No customer completed onboarding in the period."
                : "Time to onboard, " + time.count() + " customers completed in the period: median "
                        + days(time.median()) + " days, 90th percentile " + days(time.p90()) + " days.");
        funnel.show(figures.funnel());
        phases.show(figures.timePerPhase());
        steps.show(figures.timePerStep());
        stalled.show(figures.stalled());
        failing.show(figures.failingSteps());
        weekly.show(figures.weeklyCompletions());
        charts.removeAll();
        charts.add(InsightsCharts.image(InsightsCharts.funnel(funnel.rows()), "funnel.svg",
                        "Bar chart of customers per stage now and reached in the period; the Funnel table has the"
                                + " numbers."),
                InsightsCharts.image(InsightsCharts.timePerPhase(phases.rows()), "time-per-phase.svg",
                        "Bar chart of median and 90th percentile days per phase; the Time per phase table has the"
                                + " numbers."),
                InsightsCharts.image(InsightsCharts.weeklyCompletions(weekly.rows()), "weekly-completions.svg",
                        "Line chart of completions per week; the Completions per week table has the numbers."));
    }
}
