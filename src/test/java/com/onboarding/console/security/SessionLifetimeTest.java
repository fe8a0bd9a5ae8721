package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions end when idle in every profile, demo included: the container's timeout, and Vaadin closing sessions
 * whose only traffic is push heartbeats of a forgotten tab (and with them the pasted AWS credentials).
 */
class SessionLifetimeTest extends WebTest {

    @Autowired
    private ServletContext servletContext;

    @Autowired
    private ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void idleSessionsEndAfterTheTimeoutEvenWithHeartbeats() throws Exception {
        // The Vaadin servlet is set up on its first request.
        http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(servletContext.getSessionTimeout()).as("minutes").isEqualTo(30);
        var configuration = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).as("seconds").isLessThan(30 * 60);
    }
}
