package com.onboarding.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.service.CustomerField;
import com.onboarding.console.customers.service.StaleCustomerException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

    private static final Pattern ERROR_ID = Pattern.compile("error id ([0-9a-f]{8})");

    @BeforeEach
    void openAView() {
        login("ops");
        UI.getCurrent().navigate("faq");
        NotificationsKt.clearNotifications();
    }

    @Test
    void unexpectedErrorShowsAnIdAndLogsTheDetailsUnderIt(CapturedOutput output) {
        fail(new IllegalStateException("connection pool exhausted at db-7"));

        var shown = shownText();
        assertThat(shown).startsWith("Something went wrong.").doesNotContain("db-7");
        var matcher = ERROR_ID.matcher(shown);
        assertThat(matcher.find()).as("error id in \"%s\"", shown).isTrue();
        var id = matcher.group(1);
        var log = output.getOut() + output.getErr();
        assertThat(log).contains("Unexpected error, error id " + id)
                .contains("java.lang.IllegalStateException: connection pool exhausted at db-7")
                .contains("at com.onboarding.console.base.ui.ErrorHandlingTest");
    }

    @Test
    void knownErrorsShowTheirOwnMessageWithoutId(CapturedOutput output) {
        fail(new RuntimeException("wrapped", new InvalidInputException(CustomerField.NAME, "Name is required.")));
        assertThat(shownText()).isEqualTo("Name is required.");

        fail(new AccessDeniedException("Access Denied"));
        assertThat(shownText()).isEqualTo("You do not have access to this.");

        fail(new StaleCustomerException());
        assertThat(shownText()).startsWith("Someone else changed this customer");

        assertThat(output.getOut() + output.getErr()).doesNotContain("error id");
    }

    @Test
    void navigationErrorViewShowsTheSameMessages(CapturedOutput output) {
        var view = new ErrorView();
        var status = view.setErrorParameter(mock(BeforeEnterEvent.class),
                new ErrorParameter<>(Exception.class, new NullPointerException("null customer")));

        assertThat(status).isEqualTo(500);
        var id = ERROR_ID.matcher(shownText()).results().findFirst().orElseThrow().group(1);
        assertThat(output.getOut() + output.getErr()).contains("error id " + id).contains("NullPointerException");

        NotificationsKt.clearNotifications();
        var denied = new ErrorView().setErrorParameter(mock(BeforeEnterEvent.class),
                new ErrorParameter<>(Exception.class, new AccessDeniedException("denied")));
        assertThat(denied).isEqualTo(403);
        assertThat(shownText()).isEqualTo("You do not have access to this.");
    }

    /** Hands the error to the session's error handler, as Vaadin does with an exception from a listener. */
    private static void fail(Exception e) {
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
    }

    private static String shownText() {
        var notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        return com.github.mvysny.kaributools.NotificationsKt.getText(notifications.getFirst());
    }
}
