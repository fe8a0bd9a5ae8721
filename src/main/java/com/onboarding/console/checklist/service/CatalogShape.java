package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.customers.domain.ChecklistShape;
import org.springframework.stereotype.Component;

/** The checklist's layout, from the step catalog, for the customers feature's lists. */
@Component
class CatalogShape implements ChecklistShape {

    @Override
    public int phases() {
        return StepCatalog.phases();
    }
}
