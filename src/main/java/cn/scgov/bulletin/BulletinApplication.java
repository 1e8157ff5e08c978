package cn.scgov.bulletin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BulletinApplication {

    public static void main(String[] args) {
        SpringApplication.run(BulletinApplication.class, args);
    }
}
