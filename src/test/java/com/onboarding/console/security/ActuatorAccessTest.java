package com.onboarding.console.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.onboarding.console.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * By default only health answers without a login, and only with its status; metrics need an administrator or
 * the scrape login; a machine is refused with 401, not sent to the login page.
 */
class ActuatorAccessTest extends ConsoleTest {

    @Autowired
    private WebApplicationContext context;

    @Value("${console.management.scrape-password}")
    private String scrapePassword;

    private MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void healthAndProbesAnswerWithoutLoginButShowNoComponents() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void anAdministratorSeesHealthComponentsAndDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").exists());
        mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void metricsNeedAnAdministratorOrTheScrapeLogin() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(user("csm").roles("CSM"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", scrapePassword)))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", scrapePassword + "x")))
                .andExpect(status().isUnauthorized());
        // A console user's password is no scrape login.
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theScrapeLoginReadsMetricsAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("prometheus", scrapePassword)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/customers").with(httpBasic("prometheus", scrapePassword)))
                .andExpect(status().is3xxRedirection());
    }
}
