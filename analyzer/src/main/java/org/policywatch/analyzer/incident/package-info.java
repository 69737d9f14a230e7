/**
 * Incidents an article reports (raids, arrests, detentions, police violence, killings, death
 * sentences and executions, seizures, overdoses, obstructed health services, drug-policy
 * changes), read off CoreNLP's dependency graphs with a trigger lexicon
 * ({@code incident-triggers.tsv}, {@code incident-terms.tsv}): {@link
 * org.policywatch.analyzer.incident.IncidentExtractor} is the entry point. Pure functions over
 * the annotation; no logging.
 */
package org.policywatch.analyzer.incident;
