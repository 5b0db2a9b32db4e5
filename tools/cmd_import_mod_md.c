    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
/    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
I    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
R    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
A    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
'    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
/    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
T    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
$    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
H    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
C    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
O    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
N    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
F    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
y    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
'    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
y    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
$    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
H    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
S    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
T    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
O    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
R    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
E    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
/    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
#    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
#    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
<    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
>    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
#    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
<    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
b    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
>    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
{    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
>    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
[    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
]    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
N    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
U    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
*    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
N    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
U    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
C    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
I    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
E    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
X    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
I    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
T    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
E    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
R    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
R    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
O    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
R    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
&    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
&    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
{    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
&    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
<    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
{    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
}    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
}    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
!    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
|    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
|    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
&    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
<    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
N    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
U    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
&    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
k    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
k    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
\    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
1    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
?    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
k    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
1    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
?    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
1    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
?    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
k    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
1    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
?    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
<    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
0    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
{    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
p    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
-    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
%    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
,    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
.    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
?    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
M    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
D    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
w    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
b    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
v    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
a    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
"    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
}    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
=    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
C    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
L    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
I    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
E    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
X    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
I    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
T    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
O    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
K    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
:    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
l    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
d    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
s    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
h    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
m    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
o    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
i    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
_    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
(    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
f    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
g    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
)    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
e    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
t    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
u    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
n    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
     printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
r    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
c    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
;    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
}    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");

    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
