package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.checklist.domain.Automation;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a claim could be taken for stale while its call may still be running: the stale-claim
 * time must exceed the longest AWS action, its most requests in a row each taking the whole call timeout.
 * Otherwise "Check in AWS" could settle a step whose call then answers too.
 */
@Component
class StaleClaimRule {

    StaleClaimRule(ChecklistSettings checklist, AwsSettings aws) {
        var calls = Automation.mostActionCalls();
        var longest = aws.apiCallTimeout().multipliedBy(calls);
        if (checklist.staleClaimAfter().compareTo(longest) <= 0) {
            throw new IllegalStateException("console.checklist.stale-claim-after is " + checklist.staleClaimAfter()
                    + ", but the longest AWS action may take " + longest + " (" + calls + " requests of up to "
                    + "console.aws.api-call-timeout " + aws.apiCallTimeout() + " each): set stale-claim-after above "
                    + longest + ", or lower the call timeout.");
        }
    }
}
