-- AlterTable
ALTER TABLE "AssignmentSection" ADD COLUMN     "discussionVersion" INTEGER NOT NULL DEFAULT 0;

-- Hand-written (ADR 0018): any change to a section's posts or contested claims raises that
-- section's discussionVersion in the same statement, whichever code path or instance wrote it.
-- Statement-level with transition tables, so a bulk insert raises it once, not once per row.
CREATE FUNCTION "bump_discussion_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AssignmentSection" AS placement
  SET "discussionVersion" = placement."discussionVersion" + 1
  FROM (
    SELECT "assignmentId", "sectionId" FROM changed_rows
  ) AS changed
  WHERE placement."assignmentId" = changed."assignmentId" AND placement."sectionId" = changed."sectionId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "post_inserted_bumps_discussion" AFTER INSERT ON "Post"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
CREATE TRIGGER "post_updated_bumps_discussion" AFTER UPDATE ON "Post"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
CREATE TRIGGER "post_deleted_bumps_discussion" AFTER DELETE ON "Post"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
CREATE TRIGGER "claim_inserted_bumps_discussion" AFTER INSERT ON "ContestedClaim"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
CREATE TRIGGER "claim_updated_bumps_discussion" AFTER UPDATE ON "ContestedClaim"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
CREATE TRIGGER "claim_deleted_bumps_discussion" AFTER DELETE ON "ContestedClaim"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_discussion_version"();
