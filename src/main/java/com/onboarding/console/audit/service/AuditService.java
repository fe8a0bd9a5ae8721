package com.onboarding.console.audit.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.domain.AuditRepository;
import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.OpsOrAdmin;
import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.domain.OffsetPageRequest;
import com.onboarding.console.base.export.SpreadsheetCsv;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the append-only audit trail. */
@Service
public class AuditService {

    /**
     * What a feature reports; the service adds the time. Made with {@link #of} and, where they apply, the step
     * it concerns ({@link #onStep}), the change of state ({@link #changing}), the address a sign-in came from
     * ({@link #fromAddress}) or the AWS error code of a failed call ({@link #withErrorCode}).
     */
    public record Event(String actor, AuditAction action, @Nullable Long customerId, @Nullable String customerName,
            @Nullable String stepCode, @Nullable String fromState, @Nullable String toState,
            @Nullable String message, @Nullable String sourceAddress, @Nullable String errorCode) {

        public static Event of(String actor, AuditAction action, @Nullable Long customerId,
                @Nullable String customerName, @Nullable String message) {
            return new Event(actor, action, customerId, customerName, null, null, null, message, null, null);
        }

        public Event onStep(String code) {
            return new Event(actor, action, customerId, customerName, code, fromState, toState, message,
                    sourceAddress, errorCode);
        }

        public Event changing(@Nullable String from, @Nullable String to) {
            return new Event(actor, action, customerId, customerName, stepCode, from, to, message, sourceAddress,
                    errorCode);
        }

        public Event fromAddress(@Nullable String address) {
            return new Event(actor, action, customerId, customerName, stepCode, fromState, toState, message, address,
                    errorCode);
        }

        public Event withErrorCode(@Nullable String code) {
            return new Event(actor, action, customerId, customerName, stepCode, fromState, toState, message,
                    sourceAddress, code);
        }
    }

    private static final int EXPORT_MAX_ROWS = 100_000;

    private final AuditRepository audit;
    private final Clock clock;
    private final AuditReader reader;

    AuditService(AuditRepository audit, Clock clock, AuditReader reader) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
    }

    /** Joins the caller's transaction, so the record and the change it describes commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Event event) {
        save(event);
    }

    /** For events that stand alone (logins, failed calls whose change was rolled back). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Event event) {
        save(event);
    }

    private void save(Event e) {
        audit.save(new AuditEntry(clock.instant(), e.actor(), e.action(), e.customerId(), e.customerName(),
                e.stepCode(), e.fromState(), e.toState(), e.message(), e.sourceAddress(), e.errorCode()));
    }

    /** The person who did something, as the current reader may see them (see {@link AuditReader#nameOf}). */
    @SignedIn
    public String nameOf(String actor) {
        return reader.nameOf(actor);
    }

    /** The latest entries about a customer that the current user may read, newest first. */
    @Transactional(readOnly = true)
    @CustomerVisible
    public List<AuditEntry> timeline(long customerId, int limit) {
        return audit.findByCustomerIdAndActionInOrderByOccurredAtDescIdDesc(customerId, readable(),
                PageRequest.of(0, limit));
    }

    /** The latest entries about one step of a customer that the current user may read, newest first. */
    @Transactional(readOnly = true)
    @CustomerVisible
    public List<AuditEntry> stepHistory(long customerId, String stepCode, int limit) {
        return audit.findByCustomerIdAndStepCodeAndActionInOrderByOccurredAtDescIdDesc(customerId, stepCode,
                readable(), PageRequest.of(0, limit));
    }

    /** Customer users read only the actions meant for everyone; see {@link AuditAction#audience()}. */
    private List<AuditAction> readable() {
        return AuditAction.readableBy(reader.isStaff());
    }

    @Transactional(readOnly = true)
    @OpsOrAdmin
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        var f = Normalized.of(filter);
        return audit.search(f.customerLike, f.customerId, f.actor, f.step, filter.from(), filter.to(),
                OffsetPageRequest.of(offset, limit, Sort.unsorted()));
    }

    /** The steps the trail has entries for, to filter by. */
    @Transactional(readOnly = true)
    @OpsOrAdmin
    public List<String> stepCodes() {
        return audit.stepCodes();
    }

    @Transactional(readOnly = true)
    @OpsOrAdmin
    public long count(AuditFilter filter) {
        var f = Normalized.of(filter);
        return audit.count(f.customerLike, f.customerId, f.actor, f.step, filter.from(), filter.to());
    }

    @Transactional(readOnly = true)
    @OpsOrAdmin
    public void exportCsv(AuditFilter filter, Writer out) {
        try (var csv = SpreadsheetCsv.open(out, "time", "user", "action", "customer id", "customer", "step", "from",
                "to", "message", "source address")) {
            for (var e : search(filter, 0, EXPORT_MAX_ROWS)) {
                csv.row(e.getOccurredAt(), e.getActor(), e.getAction().label(), e.getCustomerId(), e.getCustomerName(),
                        e.getStepCode(), e.getFromState(), e.getToState(), e.getMessage(), e.getSourceAddress());
            }
        }
    }

    private record Normalized(@Nullable String customerLike, @Nullable String customerId, @Nullable String actor,
            @Nullable String step) {

        static Normalized of(AuditFilter filter) {
            var customer = blankToNull(filter.customer());
            var actor = blankToNull(filter.actor());
            return new Normalized(
                    customer == null ? null
                            : "%" + EscapeCharacter.DEFAULT.escape(customer.toLowerCase(Locale.ROOT)) + "%",
                    customer,
                    actor == null ? null : actor.toLowerCase(Locale.ROOT),
                    blankToNull(filter.stepCode()));
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
