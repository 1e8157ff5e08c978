package cn.scgov.bulletin.support;

import cn.scgov.bulletin.BulletinApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second node of the application on the database of the test's own context (another application
 * context in this JVM, with its own caches, job executor and web server), as production runs two
 * nodes on one database. Close it when the test class ends.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondNode on(Environment firstNode, String... extraArguments) {
        String[] base = {
                "--" + TestDatabaseInitializer.JOIN_PROPERTY + "=" + firstNode.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + firstNode.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + firstNode.getProperty("spring.datasource.password", ""),
                "--server.port=0", "--spring.jmx.enabled=false",
                // A test's second node answers requests only: with a job executor it could take the first node's
                // jobs and, when it stops, leave them locked for the lock's lifetime while the tests wait for them.
                "--flowable.async-executor-activate=false" };
        String[] arguments = new String[base.length + extraArguments.length];
        System.arraycopy(base, 0, arguments, 0, base.length);
        System.arraycopy(extraArguments, 0, arguments, base.length, extraArguments.length);
        return new SecondNode(new SpringApplicationBuilder(BulletinApplication.class).run(arguments));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
