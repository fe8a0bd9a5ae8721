package com.onboarding.console;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.notifications.service.MailOutbox;
import com.onboarding.console.security.service.LoginLockout;
import com.onboarding.console.security.service.SingleSignOn;
import com.onboarding.console.security.service.UserDirectory;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package-by-feature layout and the rules every feature keeps. */
@AnalyzeClasses(packages = "com.onboarding.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "com.onboarding.console.";

    /** One slice per feature, base included; the root package (the application, its main layout) is above them. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().startsWith(ROOT) ? SliceIdentifier.of(feature(javaClass))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "features";
        }
    };

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices()
            .assignedFrom(FEATURES)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainKnowsNoServiceOrUi = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule serviceKnowsNoUi = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /** Every feature builds on base, so base knows none of them. */
    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.onboarding.console.base..")
            .should().dependOnClassesThat(resideInAPackage("com.onboarding.console..")
                    .and(not(resideInAPackage("com.onboarding.console.base..")))
                    .as("belong to a feature or to the application above them"));

    /**
     * Who may call a service is said on each of its public methods, the roles through named annotations. Not
     * sign-in, which runs before anyone is signed in, nor the few methods other services call inside their own
     * checks to record what they did.
     */
    @ArchTest
    static final ArchRule publicServiceMethodsCarryMethodSecurity = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat(not(signIn()))
            .and(not(recordsForItsCaller()))
            .should().beMetaAnnotatedWith(PreAuthorize.class)
            .orShould().beDeclaredInClassesThat().areMetaAnnotatedWith(PreAuthorize.class);

    private static DescribedPredicate<JavaClass> signIn() {
        return DescribedPredicate.describe("sign-in", type -> Set.of("com.onboarding.console.security.service.AppUserDetailsService",
                SingleSignOn.class.getName(), LoginLockout.class.getName()).contains(type.getName()));
    }

    private static DescribedPredicate<JavaMethod> recordsForItsCaller() {
        return DescribedPredicate.describe("recording for its caller", method -> Set.of(
                AuditService.class.getName() + ".record", AuditService.class.getName() + ".recordAlone",
                MailOutbox.class.getName() + ".enqueue", UserDirectory.class.getName() + ".find",
                UserDirectory.class.getName() + ".usersOf")
                .contains(method.getOwner().getName() + "." + method.getName()));
    }

    @ArchTest
    static final ArchRule rolesAreNamedOnce = noMethods()
            .should().beAnnotatedWith(DescribedPredicate.describe(
                    "@PreAuthorize naming roles (use StaffOnly, OpsOrAdmin, AdminOnly, ...)",
                    (JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(PreAuthorize.class)
                            && String.valueOf(annotation.get("value").orElse("")).contains("Role(")));

    /** A feature's data is its own: others reach it through the feature's services, not its repositories. */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInTheirFeature = classes()
            .should(new ArchCondition<JavaClass>("use only their own feature's repositories") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    origin.getDirectDependenciesFromSelf().stream()
                            .filter(dependency -> dependency.getTargetClass().isAssignableTo(Repository.class)
                                    && dependency.getTargetClass().getPackageName().startsWith(ROOT))
                            .filter(dependency -> !feature(dependency.getTargetClass()).equals(feature(origin)))
                            .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription())));
                }
            });

    /** The customers feature keeps its rows; others report what happened through events it applies. */
    @ArchTest
    static final ArchRule onlyTheCustomersFeatureChangesCustomers = noClasses()
            .that().resideOutsideOfPackage("com.onboarding.console.customers..")
            .should().callMethodWhere(DescribedPredicate.describe("a method that changes a Customer",
                    call -> call.getTarget().getOwner().isEquivalentTo(Customer.class)
                            && call.getTarget().getRawReturnType().isEquivalentTo(void.class)));

    private static String feature(JavaClass type) {
        return type.getPackageName().substring(ROOT.length()).split("\\.")[0];
    }

    /** Time comes from the injected Clock, so that tests can set it. */
    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .should().callMethodWhere(readsTheSystemClock())
            .because("services take java.time.Clock and ask it for the time");

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("a java.time now() without a Clock", call ->
                call.getTarget().getOwner().getPackageName().equals("java.time")
                        && call.getTarget().getName().equals("now")
                        && call.getTarget().getRawParameterTypes().isEmpty());
    }
}
