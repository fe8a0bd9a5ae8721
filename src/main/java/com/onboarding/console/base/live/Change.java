package com.onboarding.console.base.live;

import java.util.Optional;

/** What changed, as it travels from the instance where it happened to every instance. */
public sealed interface Change {

    /** A customer's data changed: its open views reload. */
    record CustomerChanged(long customerId) implements Change {
    }

    /** What a user may do changed (disabled, role, customer, password): their open sessions end. */
    record UserAccessChanged(long userId) implements Change {
    }

    /** A user's notifications changed (one added, some read): their open list and unread count refresh. */
    record NotificationsChanged(long userId) implements Change {
    }

    /** The change as text, for a channel that carries text: "customer:12", "user:7", "notifications:7". */
    default String payload() {
        return switch (this) {
            case CustomerChanged c -> "customer:" + c.customerId();
            case UserAccessChanged u -> "user:" + u.userId();
            case NotificationsChanged n -> "notifications:" + n.userId();
        };
    }

    /** The change a {@link #payload()} stands for; empty for text that names none. */
    static Optional<Change> parse(String payload) {
        var parts = payload.split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "customer" -> Optional.of(new CustomerChanged(id));
            case "user" -> Optional.of(new UserAccessChanged(id));
            case "notifications" -> Optional.of(new NotificationsChanged(id));
            default -> Optional.empty();
        };
    }
}
