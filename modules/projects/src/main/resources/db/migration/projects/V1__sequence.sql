-- The projects context's one id sequence; ProjectsEntity allocates from it in blocks of 50.
create sequence projects_seq start with 50 increment by 50;
