import type { integration } from '../../wailsjs/go/models';
import type { Plain } from './models';
import generated from './rules.json';

/** RuleSet is Go's integration.RuleSet: the setup form's limits and required fields. */
export type RuleSet = Plain<integration.RuleSet>;

/**
 * rules are Go's integration.Rules(), read from rules.json, which a Go test keeps equal to them
 * (backend/integration/rules_shared_test.go; rewrite it with -update after a rule changes).
 * They are data at build time, so the form can check as the admin types without a call.
 */
export const rules: RuleSet = generated;
