-- Trigram matching makes search tolerant of typos; it ships with PostgreSQL and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- array_to_string is only STABLE in general, but for text[] it cannot vary, so the
-- generated search column may use it through this IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION aisle_text_array_to_string(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$;
