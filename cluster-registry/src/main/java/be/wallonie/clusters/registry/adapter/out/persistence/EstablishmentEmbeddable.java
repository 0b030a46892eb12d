package be.wallonie.clusters.registry.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class EstablishmentEmbeddable {

    @Column(nullable = false)
    public String street;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public String region;

    @Column(name = "registered_office", nullable = false)
    public boolean registeredOffice;
}
