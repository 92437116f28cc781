-- CreateEnum
CREATE TYPE "JurisdictionKind" AS ENUM ('SUPRANATIONAL', 'NATIONAL', 'REGIONAL', 'MUNICIPAL');

-- CreateEnum
CREATE TYPE "CountKind" AS ENUM ('TOTAL', 'ONLINE', 'PAPER', 'SUBMITTED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "DataQualityFlagStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('GOVERNMENT_RESPONSE', 'DEBATE', 'COMMUNICATION', 'DECISION');

-- CreateEnum
CREATE TYPE "Decision" AS ENUM ('ADOPTED', 'PARTIALLY_ADOPTED', 'REJECTED', 'NOTED', 'LAPSED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('THRESHOLD_REACHED', 'STAGE_CHANGED', 'RESPONSE_PUBLISHED', 'DEADLINE_7_DAYS', 'DEADLINE_1_DAY', 'MILESTONE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('IN_APP', 'EMAIL_INSTANT', 'EMAIL_DIGEST');

-- CreateEnum
CREATE TYPE "FollowTarget" AS ENUM ('INITIATIVE', 'TOPIC', 'JURISDICTION');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "JurisdictionKind" NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "parentId" TEXT,
    "population" INTEGER,
    "populationAsOf" DATE,
    "websiteUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectoralTerm" (
    "id" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "sourceUrl" TEXT,

    CONSTRAINT "ElectoralTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scheme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "officialUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "effectiveTo" TIMESTAMP(3),
    "legalSourceTitle" TEXT NOT NULL,
    "legalSourceUrl" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "primaryLanguage" TEXT NOT NULL DEFAULT 'en',
    "externalSource" TEXT,
    "externalId" TEXT,
    "externalUrl" TEXT,
    "externalUrls" JSONB,
    "organisers" JSONB NOT NULL DEFAULT '[]',
    "registeredAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "collectionEndsAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "currentStage" TEXT NOT NULL,
    "currentStageAt" TIMESTAMP(3) NOT NULL,
    "latestTotal" INTEGER,
    "latestTotalAt" TIMESTAMP(3),
    "latestTotalSource" TEXT,
    "growthPerDay" DOUBLE PRECISION,
    "nextThresholdShare" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountObservation" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "kind" "CountKind" NOT NULL DEFAULT 'TOTAL',
    "region" TEXT NOT NULL DEFAULT '',
    "observedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceUpdatedAt" TIMESTAMP(3),
    "enteredById" TEXT,
    "note" TEXT,
    "supersedesId" TEXT,
    "correctionReason" TEXT,

    CONSTRAINT "CountObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataQualityFlag" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "observationId" TEXT,
    "code" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "status" "DataQualityFlagStatus" NOT NULL DEFAULT 'OPEN',
    "publicNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataQualityFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageEvent" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "fromStage" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "scheduledFor" TIMESTAMP(3),
    "title" JSONB,
    "body" JSONB,
    "documents" JSONB NOT NULL DEFAULT '[]',
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "enteredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialResponse" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "kind" "ResponseKind" NOT NULL,
    "respondingBody" JSONB NOT NULL,
    "respondedAt" TIMESTAMP(3) NOT NULL,
    "summary" JSONB NOT NULL,
    "text" JSONB,
    "links" JSONB NOT NULL DEFAULT '[]',
    "decision" "Decision",
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "enteredById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicEvent" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "jurisdictionId" TEXT,
    "countryCode" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "title" JSONB NOT NULL,
    "body" JSONB,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "target" "FollowTarget" NOT NULL,
    "initiativeId" TEXT,
    "topicId" TEXT,
    "jurisdictionId" TEXT,
    "eventKinds" "EventKind"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "eventKind" "EventKind" NOT NULL,
    "channels" "Channel"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" "EventKind" NOT NULL,
    "initiativeId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),
    "fannedOutAt" TIMESTAMP(3),

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "initiativeId" TEXT,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "digestedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "userId" TEXT,
    "notificationId" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "name" TEXT,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "lastSeenAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" TEXT[],
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "initiativeId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "via" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportState" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "initiativeId" TEXT,
    "resourceUrl" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastSyncAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastResult" JSONB,
    "lastError" TEXT,
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "nextSyncAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_InitiativeToTopic" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InitiativeToTopic_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE INDEX "ElectoralTerm_jurisdictionId_endsOn_idx" ON "ElectoralTerm"("jurisdictionId", "endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "ElectoralTerm_jurisdictionId_startsOn_key" ON "ElectoralTerm"("jurisdictionId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Scheme_code_key" ON "Scheme"("code");

-- CreateIndex
CREATE INDEX "RuleSet_schemeId_effectiveFrom_idx" ON "RuleSet"("schemeId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_schemeId_version_key" ON "RuleSet"("schemeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_latestTotal_id_idx" ON "Initiative"("latestTotal" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_collectionEndsAt_id_idx" ON "Initiative"("collectionEndsAt", "id");

-- CreateIndex
CREATE INDEX "Initiative_growthPerDay_id_idx" ON "Initiative"("growthPerDay" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_jurisdictionId_currentStage_idx" ON "Initiative"("jurisdictionId", "currentStage");

-- CreateIndex
CREATE INDEX "Initiative_schemeId_idx" ON "Initiative"("schemeId");

-- CreateIndex

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_externalSource_externalId_key" ON "Initiative"("externalSource", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "CountObservation_supersedesId_key" ON "CountObservation"("supersedesId");

-- CreateIndex
CREATE INDEX "CountObservation_initiativeId_kind_region_observedAt_idx" ON "CountObservation"("initiativeId", "kind", "region", "observedAt");

-- CreateIndex
CREATE INDEX "CountObservation_initiativeId_observedAt_idx" ON "CountObservation"("initiativeId", "observedAt");

-- CreateIndex
CREATE INDEX "DataQualityFlag_initiativeId_status_idx" ON "DataQualityFlag"("initiativeId", "status");

-- CreateIndex
CREATE INDEX "StageEvent_initiativeId_occurredAt_idx" ON "StageEvent"("initiativeId", "occurredAt");

-- CreateIndex
CREATE INDEX "OfficialResponse_respondedAt_idx" ON "OfficialResponse"("respondedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialResponse_initiativeId_kind_respondedAt_key" ON "OfficialResponse"("initiativeId", "kind", "respondedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "TopicEvent_topicId_occurredAt_idx" ON "TopicEvent"("topicId", "occurredAt");

-- CreateIndex
CREATE INDEX "Follow_initiativeId_userId_idx" ON "Follow"("initiativeId", "userId");

-- CreateIndex
CREATE INDEX "Follow_topicId_userId_idx" ON "Follow"("topicId", "userId");

-- CreateIndex
CREATE INDEX "Follow_jurisdictionId_userId_idx" ON "Follow"("jurisdictionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_initiativeId_key" ON "Follow"("userId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_topicId_key" ON "Follow"("userId", "topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_jurisdictionId_key" ON "Follow"("userId", "jurisdictionId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_userId_eventKind_key" ON "NotificationPreference"("userId", "eventKind");

-- CreateIndex
CREATE UNIQUE INDEX "DomainEvent_dedupeKey_key" ON "DomainEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "DomainEvent_dispatchedAt_id_idx" ON "DomainEvent"("dispatchedAt", "id");

-- CreateIndex
CREATE INDEX "DomainEvent_initiativeId_occurredAt_idx" ON "DomainEvent"("initiativeId", "occurredAt");

-- CreateIndex
CREATE INDEX "DomainEvent_occurredAt_idx" ON "DomainEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "Notification_userId_inApp_readAt_createdAt_idx" ON "Notification"("userId", "inApp", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_digestedAt_idx" ON "Notification"("userId", "digestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_eventId_key" ON "Notification"("userId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_dedupeKey_key" ON "EmailOutbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_createdAt_idx" ON "EmailOutbox"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_initiativeId_createdAt_idx" ON "AuditEvent"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "ImportState_source_nextSyncAt_idx" ON "ImportState"("source", "nextSyncAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImportState_source_resourceUrl_key" ON "ImportState"("source", "resourceUrl");

-- CreateIndex
CREATE INDEX "_InitiativeToTopic_B_index" ON "_InitiativeToTopic"("B");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectoralTerm" ADD CONSTRAINT "ElectoralTerm_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scheme" ADD CONSTRAINT "Scheme_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleSet" ADD CONSTRAINT "RuleSet_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleSet" ADD CONSTRAINT "RuleSet_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RuleSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountObservation" ADD CONSTRAINT "CountObservation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountObservation" ADD CONSTRAINT "CountObservation_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountObservation" ADD CONSTRAINT "CountObservation_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "CountObservation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataQualityFlag" ADD CONSTRAINT "DataQualityFlag_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataQualityFlag" ADD CONSTRAINT "DataQualityFlag_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "CountObservation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataQualityFlag" ADD CONSTRAINT "DataQualityFlag_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageEvent" ADD CONSTRAINT "StageEvent_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageEvent" ADD CONSTRAINT "StageEvent_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialResponse" ADD CONSTRAINT "OfficialResponse_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialResponse" ADD CONSTRAINT "OfficialResponse_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicEvent" ADD CONSTRAINT "TopicEvent_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicEvent" ADD CONSTRAINT "TopicEvent_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DomainEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportState" ADD CONSTRAINT "ImportState_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeToTopic" ADD CONSTRAINT "_InitiativeToTopic_A_fkey" FOREIGN KEY ("A") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeToTopic" ADD CONSTRAINT "_InitiativeToTopic_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over titles and summaries in the three languages Threshold speaks. Prisma cannot
-- express generated columns (schema.prisma declares the column with @default(dbgenerated())), so the
-- column is replaced by one PostgreSQL computes and keeps in step.
ALTER TABLE "Initiative" DROP COLUMN "searchVector";
ALTER TABLE "Initiative" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("title"->>'en', '')), 'A') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("title"->>'fi', '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("title"->>'sv', '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("slug", '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce("summary"->>'en', '')), 'C') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("summary"->>'fi', '')), 'C') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("summary"->>'sv', '')), 'C')
) STORED;
CREATE INDEX "Initiative_searchVector_idx" ON "Initiative" USING GIN ("searchVector");
