# Open data (issue 18): downloads of Guichet's data, and reporting a problem.

open-data-download = Download the data
open-data-hsds = HSDS
open-data-geojson = GeoJSON
open-data-hint = (download)
open-data-readme = what the files hold and their licences
open-data-about = Guichet publishes its merged data as open data, in Open Referral’s Human Services Data Specification (HSDS 3) and as GeoJSON. Each record names its sources and their licences; a source with no open licence says so.
report-problem = Report a problem with this information
