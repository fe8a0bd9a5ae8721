package com.onboarding.console.security.ui;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.SecurityFixtures;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Which route each kind of user may open: every route of the console times every role, plus anonymous
 * visitors. A new route gets one line in {@link #ROUTES}; {@link #everyRouteIsInTheMatrix} fails until it has one.
 * {@code {own}} is the customer the CUSTOMER user belongs to, {@code {other}} another customer.
 */
class RouteAccessTest extends KaribuTest {

    /** Staff log in with a password or sign in through the identity provider, which maps their group to a role. */
    enum Who {
        ANONYMOUS, OPS, CSM, ADMIN, CUSTOMER, SSO_OPS, SSO_CSM, SSO_ADMIN;

        /** Whom the rules name: a person signed in through the provider has the access of their role. */
        Who asRuled() {
            return switch (this) {
                case SSO_OPS -> OPS;
                case SSO_CSM -> CSM;
                case SSO_ADMIN -> ADMIN;
                default -> this;
            };
        }

        boolean throughProvider() {
            return asRuled() != this;
        }
    }

    enum Outcome { VIEW, LOGIN, DENIED }

    /**
     * @param path the path to open
     * @param allowed who sees the view; every other logged-in user is refused, anonymous visitors go to login
     * @param landings where an allowed user ends up when the route forwards elsewhere
     */
    record RouteRule(String path, Set<Who> allowed, Map<Who, String> landings) {

        static RouteRule route(String path, Who... allowed) {
            return new RouteRule(path, Set.of(allowed), Map.of());
        }

        RouteRule landsOn(String landing, Who... who) {
            var all = new EnumMap<Who, String>(Who.class);
            all.putAll(landings);
            Arrays.stream(who).forEach(w -> all.put(w, landing));
            return new RouteRule(path, allowed, all);
        }

        String landing(Who who) {
            return landings.getOrDefault(who.asRuled(), path);
        }
    }

    record Case(RouteRule rule, Who who, Outcome expected) {
        @Override
        public String toString() {
            return who + " opens /" + rule.path() + " -> " + expected;
        }
    }

    private static final Who[] STAFF = {Who.OPS, Who.CSM, Who.ADMIN};
    private static final Who[] EVERYONE = {Who.OPS, Who.CSM, Who.ADMIN, Who.CUSTOMER};

    static final List<RouteRule> ROUTES = List.of(
            RouteRule.route("", EVERYONE).landsOn("customers", STAFF).landsOn("customers/{own}", Who.CUSTOMER),
            RouteRule.route("customers", STAFF),
            RouteRule.route("customers/{own}", EVERYONE),
            RouteRule.route("customers/{other}", STAFF),
            RouteRule.route("faq", EVERYONE),
            RouteRule.route("audit", Who.OPS, Who.ADMIN),
            RouteRule.route("admin/users", Who.ADMIN),
            RouteRule.route("account", EVERYONE),
            RouteRule.route("notifications", EVERYONE),
            RouteRule.route("fleet", Who.OPS, Who.ADMIN),
            RouteRule.route("insights", STAFF),
            RouteRule.route("sandbox", Who.OPS, Who.ADMIN),
            RouteRule.route("policy", EVERYONE),
            RouteRule.route("customers/{own}/policy", EVERYONE).landsOn("policy", EVERYONE),
            RouteRule.route("customers/{other}/policy", STAFF).landsOn("policy", STAFF),
            RouteRule.route("customers/{own}/people", STAFF),
            RouteRule.route("customers/{other}/people", STAFF));

    /** The pages before a login, open to everybody. */
    private static final Set<String> PUBLIC = Set.of("login", LoginRoutes.NO_ACCESS, LoginRoutes.INVITATION,
            LoginRoutes.FORGOT_PASSWORD, LoginRoutes.RESET_PASSWORD);

    /** The CUSTOMER user and the customers, made once for the shared database. */
    private static String customerUser;
    private static long ownCustomer;
    private static long otherCustomer;

    @Autowired
    private UserAdminService admin;
    @Autowired
    private CustomerService customers;
    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    void createCustomerUser() {
        if (customerUser != null) {
            return;
        }
        runAs("admin");
        ownCustomer = fixture().customer("Own Customer").id();
        otherCustomer = fixture().customer("Other Customer").id();
        var username = unique("customer.user");
        admin.create(new UserDraft(username, "Cathy Customer", null, Role.CUSTOMER, ownCustomer),
                "customer user password");
        customerUser = username;
        SecurityFixtures.logout();
    }

    static Stream<Case> cases() {
        return ROUTES.stream().flatMap(rule -> Arrays.stream(Who.values())
                .map(who -> new Case(rule, who, who == Who.ANONYMOUS ? Outcome.LOGIN
                        : rule.allowed().contains(who.asRuled()) ? Outcome.VIEW : Outcome.DENIED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void routeAccess(Case c) {
        var path = resolve(c.rule().path());
        var landing = resolve(c.rule().landing(c.who()));
        var expectedView = RouteConfiguration.forApplicationScope().getRoute(landing);
        assertThat(expectedView).as("the view routed at /" + landing).isPresent();
        if (c.who().throughProvider()) {
            loginThroughProvider("provider." + c.who().asRuled().name().toLowerCase(),
                    Role.valueOf(c.who().asRuled().name()));
        } else if (c.who() != Who.ANONYMOUS) {
            login(username(c.who()));
        }

        Object shown;
        try {
            UI.getCurrent().navigate(path);
            shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        } catch (RuntimeException | MockAccessDeniedException | NotFoundError refused) {
            // Karibu's stand-ins for Vaadin's access-denied and not-found views throw instead of rendering.
            shown = refused;
        }
        switch (c.expected()) {
            case LOGIN -> assertThat(shown).isInstanceOf(LoginView.class);
            case VIEW -> assertThat(shown).isInstanceOf(expectedView.get());
            case DENIED -> assertThat(refused(shown)).as("%s, but it showed %s", c, shown).isTrue();
        }
    }

    /** An error view, or the exception Karibu raises in place of Vaadin's access-denied or not-found view. */
    private static boolean refused(Object shown) {
        if (shown instanceof HasErrorParameter<?>) {
            return true;
        }
        for (var e = shown instanceof Throwable t ? t : null; e != null; e = e.getCause()) {
            // Another customer's page is answered as missing, so that its existence is not revealed.
            if (e instanceof AccessDeniedException || e instanceof NotFoundException || e instanceof NotFoundError) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyRouteIsInTheMatrix() {
        var inMatrix = ROUTES.stream().map(r -> normalize(r.path().replaceAll("\\{[^/]+}", ":")))
                .collect(Collectors.toSet());
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(template -> !PUBLIC.contains(template))
                .map(RouteAccessTest::normalize)
                .toList();
        assertThat(routes).as("routes of the console; add the missing ones to RouteAccessTest.ROUTES")
                .isNotEmpty()
                .allSatisfy(template -> assertThat(inMatrix).contains(template));
    }

    /** A route template with every parameter written as ":", so names and patterns do not matter. */
    private static String normalize(String template) {
        return template.replaceAll(":[^/]+", ":");
    }

    private static String resolve(String path) {
        return path.replace("{own}", String.valueOf(ownCustomer)).replace("{other}", String.valueOf(otherCustomer));
    }

    private static String username(Who who) {
        return who == Who.CUSTOMER ? customerUser : who.name().toLowerCase();
    }
}
