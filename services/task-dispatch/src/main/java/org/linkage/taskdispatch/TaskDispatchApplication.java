package org.linkage.taskdispatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tasks and their cascade from district to street to community (一级抓一级). */
@SpringBootApplication
public class TaskDispatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaskDispatchApplication.class, args);
    }
}
