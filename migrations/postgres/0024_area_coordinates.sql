-- Where a village is, in decimal degrees (WGS84), when the seeds say so: Open311 requests
-- that give a point instead of a village code are filed for the nearest village that has one.
ALTER TABLE areas ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE areas ADD COLUMN longitude DOUBLE PRECISION;
