package com.onboarding.console.aws;

/** A tax registration as GetTaxRegistration answers: what is filed and how far AWS has checked it. */
public record FiledTaxRegistration(TaxRegistration registration, Status status) {

    /** The Tax Settings registration status. */
    public enum Status {
        VERIFIED("Verified"),
        PENDING("Pending"),
        REJECTED("Rejected"),
        DELETED("Deleted");

        private final String awsName;

        Status(String awsName) {
            this.awsName = awsName;
        }

        /** As AWS spells it. */
        public String awsName() {
            return awsName;
        }
    }
}
