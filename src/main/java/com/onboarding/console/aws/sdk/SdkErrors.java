package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import java.net.SocketTimeoutException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.model.StsException;

/** Translates every SDK failure into an {@link AwsCallException} a person can act on; the one place that does. */
final class SdkErrors {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "AuthorizationError", "AllAccessDisabled");
    private static final Set<String> INVALID_CREDENTIALS = Set.of("InvalidClientTokenId", "UnrecognizedClientException",
            "SignatureDoesNotMatch", "InvalidAccessKeyId", "IncompleteSignature", "AuthFailure", "InvalidToken",
            "MissingAuthenticationToken");
    private static final Set<String> EXPIRED_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
            "RequestExpired", "TokenRefreshRequired");
    private static final Set<String> REGION_DISABLED = Set.of("RegionDisabledException", "OptInRequired",
            "IllegalLocationConstraintException", "InvalidLocationConstraint");
    private static final Set<String> NOT_FOUND = Set.of("NoSuchEntity", "NoSuchBucket", "NoSuchBucketPolicy",
            "NoSuchPublicAccessBlockConfiguration", "ResourceNotFoundException", "AWSOrganizationsNotInUseException",
            "NotFound");

    private SdkErrors() {
    }

    /** The AWS error code, or the HTTP status as text when AWS sent no body (as for HEAD requests). */
    static @Nullable String code(Throwable failure) {
        var service = serviceException(failure);
        if (service == null) {
            return null;
        }
        var details = service.awsErrorDetails();
        return details != null && details.errorCode() != null ? details.errorCode()
                : String.valueOf(service.statusCode());
    }

    static AwsCallException translate(Throwable failure, AwsOperation operation, String accountId) {
        var service = serviceException(failure);
        var reason = reason(failure, service);
        // A refusal names the IAM action, so the customer knows which permission the role lacks.
        var named = reason == Reason.ACCESS_DENIED ? operation.deniedName() : operation.qualifiedName();
        // Errors of the assumed-role credentials surface in the call that needed them: name the AssumeRole.
        var op = service instanceof StsException && !operation.service().equals("sts")
                ? "sts:AssumeRole into the platform role (for " + operation.qualifiedName() + ")"
                : named;
        var detail = service != null && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorMessage()
                : failure.getMessage();
        var code = service != null ? code(service) : failure.getClass().getSimpleName();
        return AwsFailures.failure(reason, op, accountId, code, detail, failure);
    }

    private static Reason reason(Throwable failure, @Nullable AwsServiceException service) {
        if (isTimeout(failure)) {
            return Reason.TIMEOUT;
        }
        if (service == null) {
            var message = failure.getMessage();
            return failure instanceof SdkClientException && message != null
                    && message.contains("Unable to load credentials") ? Reason.NO_CREDENTIALS : Reason.OTHER;
        }
        var code = String.valueOf(code(service));
        if (service.isThrottlingException()) {
            return Reason.THROTTLED;
        }
        if (EXPIRED_CREDENTIALS.contains(code)) {
            return Reason.EXPIRED_CREDENTIALS;
        }
        if (INVALID_CREDENTIALS.contains(code)) {
            return Reason.INVALID_CREDENTIALS;
        }
        if (ACCESS_DENIED.contains(code) || service.statusCode() == 403) {
            return Reason.ACCESS_DENIED;
        }
        if (REGION_DISABLED.contains(code)) {
            return Reason.REGION_DISABLED;
        }
        if ("BucketAlreadyExists".equals(code)) {
            return Reason.NAME_TAKEN;
        }
        if (NOT_FOUND.contains(code) || service.statusCode() == 404) {
            return Reason.NOT_FOUND;
        }
        return service.statusCode() >= 500 ? Reason.SERVICE_ERROR : Reason.OTHER;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable AwsServiceException serviceException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return service;
            }
        }
        return null;
    }
}
