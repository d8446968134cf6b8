"""What a laptop sends up to its region: upload packages (monthly referral counts, local
services, "this entry is wrong" reports), encrypted to the region's key, sent by HTTP PUT
or exported to a folder. Core: no Qt."""
