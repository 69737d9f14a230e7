/**
 * Typed configuration of the {@code policywatch} command: {@link
 * org.policywatch.app.config.PolicyWatchConfig} read from {@code policywatch.yaml}, overridden
 * by {@code POLICYWATCH_…} environment variables, and the outlets of {@code sources.yaml}.
 */
package org.policywatch.app.config;
