package dev.dynamoobjects.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Without a Bean Validation provider, records are written unvalidated and the log says so once.
 * The test's own class path has Hibernate Validator, so {@link RecordValidation} is loaded again in
 * a class loader that hides every provider.
 */
class NoProviderTest {
    private static final String PROVIDERS = "META-INF/services/jakarta.validation.spi.ValidationProvider";

    /** Loads our classes and the validation API itself, and hides providers, so that nothing is shared with the test's. */
    private static final class WithoutProvider extends ClassLoader {
        WithoutProvider(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("org.hibernate.")) {
                    throw new ClassNotFoundException(name + " is hidden");
                }
                if (!name.startsWith("dev.dynamoobjects.") && !name.startsWith("jakarta.validation.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : define(name);
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals(PROVIDERS) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            return name.equals(PROVIDERS) ? null : super.getResource(name);
        }
    }

    @Test
    void validationIsOffAndSaysSoOnce() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RecordValidation.class.getName());
        logger.addHandler(handler);
        ClassLoader loader = new WithoutProvider(getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> validation = loader.loadClass(RecordValidation.class.getName());
            validation.getMethod("validate", Object.class, String.class).invoke(null, "any record", "table");
            validation.getMethod("validate", Object.class, String.class).invoke(null, "another", "table");
            assertEquals(false, validation.getMethod("enabled").invoke(null));
        } finally {
            thread.setContextClassLoader(previous);
            logger.removeHandler(handler);
        }
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).startsWith("dynamo-objects: record validation is off: no Bean Validation provider"),
                logged.get(0));
        assertTrue(logged.get(0).contains("hibernate-validator"), logged.get(0));
    }

    @Test
    void withAProviderValidationIsOn() {
        assertTrue(RecordValidation.enabled());
    }
}
