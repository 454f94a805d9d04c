/** Root package of the config module. */
package vn.officialmail.config;
