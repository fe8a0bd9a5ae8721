package com.onboarding.console.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Wraps an AWS port so that every call to it is timed. The checklist calls a port once per step it verifies,
 * so each sample is one step's AWS check, all its requests included.
 */
final class TimedPort {

    private TimedPort() {
    }

    static <T> T of(Class<T> port, T target, Samples samples) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            long start = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                samples.add(System.nanoTime() - start);
            }
        }));
    }
}
