// The input schema of every mutating endpoint whose declaration does not carry it: server actions
// that hand the form to their command ("the command parses it"), and write routes whose body is a
// ZJsonObject the command parses after reading the initiative. Keyed "file#export" (actions) or
// "METHOD file" (routes). The fuzz test fails for any endpoint found in app/ that has neither a
// declared schema nor an entry here, so a new endpoint cannot go unfuzzed. Test-only.
import { z } from "zod";
import { ZDeleteAccount } from "@/lib/account/schemas";
import { ZCountsCsv, ZObservationInput, ZRecordCounts, ZReviewFlag, ZReviewStaleSource } from "@/lib/counts/schemas";
import { ZRegisterInitiative, ZUpdateInitiative, ZWithdrawInitiative } from "@/lib/initiatives/schemas";
import { CHANNELS, EVENT_KINDS } from "@/lib/notifications/kinds";
import { ZResponseInput } from "@/lib/responses/schemas";
import { ZCreateRuleSetVersion } from "@/lib/rules/schemas";
import { ZStageEventInput } from "@/lib/stages/schemas";
import { ZCreateToken, ZRevokeToken } from "@/lib/tokens/schemas";
import { ZTopicEventInput, ZTopicInput } from "@/lib/topics/schemas";
import { ZFollowKindsInput } from "@/lib/follows/schemas";
import { ZWebhookInput, ZWebhookUpdate } from "@/lib/webhooks/schemas";
import { ZSetRole } from "@/lib/users/schemas";

/** The preferences form: a checkbox "<kind>.<channel>" per choice, sent as "on" when ticked. */
const ZPreferencesForm = z.object(
  Object.fromEntries(EVENT_KINDS.map((kind) => [kind, z.object(Object.fromEntries(CHANNELS.map((c) => [c, z.literal("on").optional()])))])),
);

export const INPUT_SCHEMAS: Record<string, z.ZodType> = {
  "app/[locale]/(private)/admin/users/set-role-action.ts#setRoleAction": ZSetRole,
  "app/[locale]/(private)/admin/topics/[topic]/add-topic-event-action.ts#addTopicEventAction": ZTopicEventInput,
  "app/[locale]/(private)/admin/topics/save-topic-action.ts#saveTopicAction": ZTopicInput,
  "app/[locale]/(private)/admin/initiatives/[slug]/edit/edit-initiative-action.ts#editInitiativeAction": ZUpdateInitiative,
  "app/[locale]/(private)/admin/initiatives/[slug]/stages/record-stage-action.ts#recordStageAction": ZStageEventInput,
  "app/[locale]/(private)/admin/initiatives/[slug]/counts/bulk/bulk-counts-action.ts#bulkCountsAction": ZCountsCsv,
  "app/[locale]/(private)/admin/initiatives/[slug]/counts/record-count-action.ts#recordCountAction": ZObservationInput,
  "app/[locale]/(private)/admin/initiatives/[slug]/flags/review-flag-action.ts#reviewFlagAction": ZReviewFlag,
  "app/[locale]/(private)/admin/initiatives/[slug]/flags/review-flag-action.ts#reviewStaleSourceAction": ZReviewStaleSource,
  "app/[locale]/(private)/admin/initiatives/[slug]/responses/publish-response-action.ts#publishResponseAction": ZResponseInput,
  "app/[locale]/(private)/admin/initiatives/[slug]/withdraw/withdraw-initiative-action.ts#withdrawInitiativeAction": ZWithdrawInitiative,
  "app/[locale]/(private)/admin/initiatives/new/create-initiative-action.ts#createInitiativeAction": ZRegisterInitiative,
  "app/[locale]/(private)/admin/rule-sets/create-rule-set-action.ts#createRuleSetAction": ZCreateRuleSetVersion,
  "app/[locale]/(private)/admin/tokens/token-actions.ts#createTokenAction": ZCreateToken,
  "app/[locale]/(private)/admin/tokens/token-actions.ts#revokeTokenAction": ZRevokeToken,
  "app/[locale]/auth/signin/oidc-action.ts#signInWithOidcAction": z.object({ callbackUrl: z.string().optional() }),
  "app/[locale]/(private)/me/actions.ts#signOutAction": z.object({}),
  "app/[locale]/(private)/me/actions.ts#savePreferencesAction": ZPreferencesForm,
  "app/[locale]/(private)/me/actions.ts#setFollowKindsAction": ZFollowKindsInput,
  "app/[locale]/(private)/me/actions.ts#deleteAccountAction": ZDeleteAccount,
  "app/[locale]/(private)/me/tokens/token-actions.ts#createOwnTokenAction": ZCreateToken,
  "app/[locale]/(private)/me/tokens/token-actions.ts#revokeOwnTokenAction": ZRevokeToken,
  "POST app/api/v1/webhooks/route.ts": ZWebhookInput,
  "PATCH app/api/v1/webhooks/[id]/route.ts": ZWebhookUpdate,
  "POST app/api/v1/initiatives/[slug]/counts/route.ts": z.union([ZObservationInput, ZRecordCounts]),
  "POST app/api/v1/initiatives/[slug]/events/route.ts": ZStageEventInput,
  "POST app/api/v1/initiatives/[slug]/responses/route.ts": ZResponseInput,
};
