package com.onboarding.console.aws;

/** What CreateBucket answered. */
public enum BucketCreation {
    CREATED,
    /** BucketAlreadyOwnedByYou: this account has it already. */
    ALREADY_OWNED,
    /** BucketAlreadyExists: bucket names are global and another account holds this one. */
    TAKEN_BY_ANOTHER_ACCOUNT
}
