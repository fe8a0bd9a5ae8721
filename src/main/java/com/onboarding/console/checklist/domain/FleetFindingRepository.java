package com.onboarding.console.checklist.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FleetFindingRepository extends JpaRepository<FleetFinding, Long> {

    List<FleetFinding> findByRunIdOrderByCustomerIdAscIdAsc(long runId);
}
