ALTER TABLE "orders" ADD COLUMN "collector_name" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "collector_phone" text;--> statement-breakpoint
ALTER TABLE "pickups" ADD COLUMN "ready_by" timestamp with time zone;