package io.athgrid.testsupport.spring;

import org.opentest4j.TestAbortedException;

/** Why a test that needs Redis is skipped, and how to give it one. */
final class MissingRedis {

    private MissingRedis() {
    }

    static TestAbortedException abort() {
        return new TestAbortedException("This test needs Redis (@RealInfrastructure(REDIS)), but nothing answers "
                + "PING at 127.0.0.1:6379, Docker is not available and there is no redis-server on the PATH. "
                + "Start one with 'redis-server --port 6379 --save \"\"' (Debian: apt-get install redis-server), "
                + "or run Docker so Testcontainers can start redis:7-alpine.");
    }
}
