package vn.officialmail.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The official-mail gateway application. */
@SpringBootApplication
public class GatewayApplication {}
