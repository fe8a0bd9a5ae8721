package com.onboarding.console.base.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.onboarding.console.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Readiness includes a write to the database, and leaves nothing behind. */
class DatabaseWritesHealthTest extends ConsoleTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void notReadyWhileTheDatabaseRefusesWritesThoughItAnswersQueries() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.databaseWrites.status").value("UP"));

        jdbc.execute("alter table readiness_probe add constraint ck_probe_refused_in_test check (kind <> 'WRITE')");
        try {
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"))
                    .andExpect(jsonPath("$.components").doesNotExist());
            mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.db.status").value("UP"))
                    .andExpect(jsonPath("$.components.databaseWrites.status").value("DOWN"));
        } finally {
            jdbc.execute("alter table readiness_probe drop constraint ck_probe_refused_in_test");
        }

        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from readiness_probe", Long.class)).isZero();
    }
}
