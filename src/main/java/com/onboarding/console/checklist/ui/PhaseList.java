package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.onboarding.console.checklist.service.StepLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The page's phase sections in order: updated together, and found by the phase or step a command names. */
final class PhaseList {

    private final List<PhaseSection> sections = new ArrayList<>();

    /** New sections for the page's phases, to be added to the page in this order. */
    List<PhaseSection> build(ChecklistPage page, Function<StepLine, StepDetails> detailsOf) {
        sections.clear();
        for (var phase : page.phases()) {
            sections.add(new PhaseSection(phase, page.stepsOf(phase.phase()), detailsOf));
        }
        return List.copyOf(sections);
    }

    void clear() {
        sections.clear();
    }

    /** Shows the phases as the page is now; each section redraws only what changed. */
    void update(ChecklistPage page) {
        for (var section : sections) {
            section.update(page.phase(section.phase()), page.stepsOf(section.phase()));
        }
    }

    /** The section of the phase a command names by its number. */
    Optional<PhaseSection> phase(String target) {
        return sections.stream().filter(p -> String.valueOf(p.phase()).equals(target)).findFirst();
    }

    /** The step's row, when its phase shows its rows. */
    Optional<StepRow> row(StepCode code) {
        return sections.size() < code.phase() ? Optional.empty() : sections.get(code.phase() - 1).row(code);
    }
}
