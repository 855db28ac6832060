//! The HSDS 3 tabular schema: tables, their fields (type, format, constraints) and
//! foreign keys, read from a Frictionless `datapackage.json` such as Open Referral's.
//!
//! [`Schema::hsds`] is the reduced copy kept in `data/hsds/schema.json` (the tables a
//! service directory uses); [`Schema::from_datapackage`] reads any package of the same
//! shape, so that a test can check an export against `../shared/data/hsds/` itself.
use serde_json::Value;

/// The reduced HSDS schema compiled into the pipeline.
pub const HSDS_SCHEMA: &str = include_str!("../../../data/hsds/schema.json");

/// A field's Table Schema type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Number,
    Integer,
    Boolean,
    Date,
    Time,
    DateTime,
    /// A type this validator does not check (object, array…): any text is accepted.
    Other,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub kind: Kind,
    /// `uuid`, `email`, `uri`; `None` for any text.
    pub format: Option<String>,
    pub required: bool,
    pub unique: bool,
    /// The allowed values, when the schema lists them.
    pub allowed: Option<Vec<String>>,
}

/// `field` of this table refers to `target_field` of `target` (a row whose value is not
/// empty must find its row there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub field: String,
    pub target: String,
    pub target_field: String,
}

/// One table (an HSDS resource).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// `location`, `service_at_location`…
    pub name: String,
    /// The CSV file in a package: `locations.csv`.
    pub path: String,
    pub primary_key: String,
    pub fields: Vec<Field>,
    pub foreign_keys: Vec<ForeignKey>,
}

impl Table {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// The tables of a schema, in the schema's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    pub version: String,
    pub tables: Vec<Table>,
}

impl Schema {
    /// The reduced HSDS 3 schema of `data/hsds/schema.json`.
    pub fn hsds() -> Schema {
        Schema::from_datapackage(HSDS_SCHEMA.as_bytes()).expect("data/hsds/schema.json is a valid schema")
    }

    /// The schema of a Frictionless tabular data package (`resources[].schema`).
    pub fn from_datapackage(bytes: &[u8]) -> Result<Schema, String> {
        let doc: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
        let resources = doc.get("resources").and_then(Value::as_array).ok_or("no resources list")?;
        let mut tables = Vec::new();
        for r in resources {
            let name = text(r, "name").ok_or("a resource without a name")?;
            let schema = r.get("schema").ok_or_else(|| format!("resource {name} has no schema"))?;
            let fields = schema
                .get("fields")
                .and_then(Value::as_array)
                .ok_or_else(|| format!("resource {name} has no fields"))?
                .iter()
                .map(field)
                .collect::<Result<Vec<_>, _>>()?;
            let foreign_keys = schema
                .get("foreignKeys")
                .and_then(Value::as_array)
                .map(|keys| keys.iter().filter_map(foreign_key).collect())
                .unwrap_or_default();
            tables.push(Table {
                path: text(r, "path").unwrap_or_else(|| format!("{name}.csv")),
                primary_key: text(schema, "primaryKey").unwrap_or_else(|| "id".into()),
                name,
                fields,
                foreign_keys,
            });
        }
        Ok(Schema { version: text(&doc, "version").unwrap_or_default(), tables })
    }

    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn field(v: &Value) -> Result<Field, String> {
    let name = text(v, "name").ok_or("a field without a name")?;
    let kind = match v.get("type").and_then(Value::as_str).unwrap_or("string") {
        "string" => Kind::String,
        "number" => Kind::Number,
        "integer" => Kind::Integer,
        "boolean" => Kind::Boolean,
        "date" => Kind::Date,
        "time" => Kind::Time,
        "datetime" => Kind::DateTime,
        _ => Kind::Other,
    };
    let c = v.get("constraints");
    let flag = |k: &str| c.and_then(|c| c.get(k)).and_then(Value::as_bool).unwrap_or(false);
    let allowed = c
        .and_then(|c| c.get("enum"))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect());
    Ok(Field {
        format: text(v, "format").filter(|f| f != "default"),
        required: flag("required"),
        unique: flag("unique"),
        allowed,
        kind,
        name,
    })
}

fn foreign_key(v: &Value) -> Option<ForeignKey> {
    let one = |x: &Value| match x {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) if a.len() == 1 => a[0].as_str().map(str::to_owned),
        _ => None,
    };
    let reference = v.get("reference")?;
    Some(ForeignKey {
        field: one(v.get("fields")?)?,
        target: text(reference, "resource")?,
        target_field: one(reference.get("fields")?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reduced_schema_has_the_directory_tables() {
        let s = Schema::hsds();
        let names: Vec<&str> = s.tables.iter().map(|t| t.name.as_str()).collect();
        for t in
            ["organization", "service", "location", "service_at_location", "address", "phone", "schedule", "language"]
        {
            assert!(names.contains(&t), "{t} in {names:?}");
        }
        let location = s.table("location").unwrap();
        assert_eq!(location.path, "locations.csv");
        let kind = location.field("location_type").unwrap();
        assert!(kind.required && kind.allowed.as_ref().is_some_and(|a| a.contains(&"physical".to_owned())));
        assert_eq!(location.field("latitude").unwrap().kind, Kind::Number);
        assert_eq!(location.field("id").unwrap().format.as_deref(), Some("uuid"));
        assert!(location.foreign_keys.iter().any(|k| k.field == "organization_id" && k.target == "organization"));
    }
}
