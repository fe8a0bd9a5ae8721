package com.onboarding.console.notifications.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    List<Notification> findByRecipientIdAndReadAtIsNull(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);
}
