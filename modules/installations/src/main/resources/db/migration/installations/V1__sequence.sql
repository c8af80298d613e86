-- The installations context's one id sequence; InstallationsEntity allocates from it in blocks of 50.
create sequence installations_seq start with 50 increment by 50;
