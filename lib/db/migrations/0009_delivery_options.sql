CREATE TABLE "delivery_options" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"currency" char(3) NOT NULL,
	"fee" integer NOT NULL,
	"free_from" integer,
	"min_days" integer NOT NULL,
	"max_days" integer NOT NULL,
	"cutoff_hour" integer DEFAULT 14 NOT NULL,
	"time_zone" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "delivery_options_fee" CHECK ("delivery_options"."fee" >= 0 AND ("delivery_options"."free_from" IS NULL OR "delivery_options"."free_from" >= 0)),
	CONSTRAINT "delivery_options_days" CHECK ("delivery_options"."min_days" >= 0 AND "delivery_options"."max_days" >= "delivery_options"."min_days"),
	CONSTRAINT "delivery_options_cutoff" CHECK ("delivery_options"."cutoff_hour" BETWEEN 0 AND 24)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_fee" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_options_code_idx" ON "delivery_options" USING btree ("currency","code");