package com.onboarding.console.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** How each AWS protocol the console's services speak carries an answer and an error, as the SDK reads them. */
enum AwsWire {
    /** IAM and STS: form-encoded requests, XML answers wrapped in the action's Response and Result elements. */
    QUERY("text/xml"),
    /** Organizations and Cost and Usage Reports: X-Amz-Target requests, JSON answers, the error in __type. */
    JSON("application/x-amz-json-1.1"),
    /** Tax Settings: one path per operation, JSON answers, the error code in a header. */
    REST_JSON("application/json"),
    /** S3: the bucket in the path, XML (or the policy's JSON) answers, bare Error elements. */
    S3("application/xml");

    private final String contentType;

    AwsWire(String contentType) {
        this.contentType = contentType;
    }

    ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
    }

    /** An answer without a body, as S3 gives to HEAD requests. */
    static ResponseDefinitionBuilder bare(int status) {
        return aResponse().withStatus(status);
    }

    /** A QUERY answer: {@code result} inside the action's Result element. */
    static ResponseDefinitionBuilder result(String action, String result) {
        return QUERY.ok("<" + action + "Response><" + action + "Result>" + result + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></" + action + "Response>");
    }

    ResponseDefinitionBuilder error(int status, String code, String message) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", contentType);
        return switch (this) {
            case QUERY -> response.withBody("<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code>"
                    + "<Message>" + message + "</Message></Error><RequestId>bench</RequestId></ErrorResponse>");
            case JSON -> response.withBody("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}");
            case REST_JSON -> response.withHeader("x-amzn-ErrorType", code)
                    .withBody("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}");
            case S3 -> response.withBody("<Error><Code>" + code + "</Code><Message>" + message + "</Message>"
                    + "<RequestId>bench</RequestId></Error>");
        };
    }

    /** AWS's answer to a request signed with credentials it does not know. */
    ResponseDefinitionBuilder unknownCredentials() {
        return error(403, this == S3 ? "InvalidAccessKeyId" : "InvalidClientTokenId",
                "The security token included in the request is invalid.");
    }
}
