-- Sign-in identities seen by this instance, with the roles they last signed in with. With an
-- external identity provider the application cannot list its users, so this is how an
-- administrator learns whether a username they type has ever signed in, and as what.
-- The identity is stored in lower case: identities are compared without regard to case.
create table known_identity (
    identity      varchar(200) primary key,
    roles         varchar(200) not null,
    last_sign_in  timestamp with time zone not null
);
