/** The official-mail gateway: a Spring Boot application that takes mail by SMTP into a durable spool, runs it through a mailet pipeline (channel verdict, extraction, record, register, index, audit, relay) and serves the API and CLI. */
@NullMarked
package vn.officialmail.gateway;

import org.jspecify.annotations.NullMarked;
