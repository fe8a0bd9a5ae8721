package com.onboarding.console.checklist.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PhaseGateOverrideRepository extends JpaRepository<PhaseGateOverride, PhaseGateOverride.Key> {

    @Query("select o from PhaseGateOverride o where o.key.customerId = :customerId")
    List<PhaseGateOverride> findByCustomerId(@Param("customerId") long customerId);
}
