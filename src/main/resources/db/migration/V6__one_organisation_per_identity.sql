-- A user's organisation is found from their sign-in identity alone, so an identity belongs to one
-- organisation at most. The application checks this first; the index settles races.
create unique index membership_one_organisation on membership (lower(identity));
